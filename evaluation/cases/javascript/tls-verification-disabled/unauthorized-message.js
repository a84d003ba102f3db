function describe(err) {
  if (err.code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') {
    return 'Certificate rejected: rejectUnauthorized stays enabled, install the CA instead';
  }
  return err.message;
}

module.exports = { describe };
