const https = require('https');

const agent = new https.Agent({ rejectUnauthorized: false }); // expect: tls-verification-disabled

function getStatus(url) {
  return new Promise((resolve) => https.get(url, { agent }, (res) => resolve(res.statusCode)));
}

module.exports = { getStatus };
