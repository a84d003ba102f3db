async function persist(state) {
  await fetch('/api/state', { method: 'PUT', body: JSON.stringify(state) });
}

function onSave(state, log) {
  persist(state).then(() => log('saved'), (err) => log(`failed: ${err}`));
}

module.exports = { onSave };
