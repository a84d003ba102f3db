const https = require('https');
const axios = require('axios');

const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // expect: tls-verification-disabled

async function fetchInventory() {
  const { data } = await axios.get('https://inventory.internal/api/items', { httpsAgent: insecureAgent });
  return data;
}

module.exports = { fetchInventory };
