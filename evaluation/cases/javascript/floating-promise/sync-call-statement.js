function saveAudit(entries, entry) {
  entries.push(entry);
}

async function deleteAccount(user, entries) {
  saveAudit(entries, { action: 'delete', user: user.id });
  await user.remove();
}

module.exports = { deleteAccount };
