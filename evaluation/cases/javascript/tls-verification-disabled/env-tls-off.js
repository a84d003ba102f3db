process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: tls-verification-disabled

async function ping(url) {
  const res = await fetch(url);
  return res.status;
}

module.exports = { ping };
