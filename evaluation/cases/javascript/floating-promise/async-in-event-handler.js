async function persist(state) {
  await fetch('/api/state', { method: 'PUT', body: JSON.stringify(state) });
}

async function onSave(state) {
  persist(state); // expect: floating-promise
  return 'saved';
}

module.exports = { onSave };
