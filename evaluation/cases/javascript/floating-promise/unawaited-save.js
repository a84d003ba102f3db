async function saveAudit(entry) {
  await fetch('/api/audit', { method: 'POST', body: JSON.stringify(entry) });
}

async function deleteAccount(user) {
  saveAudit({ action: 'delete', user: user.id }); // expect: floating-promise
  await user.remove();
}

module.exports = { deleteAccount };
