const defaults = {
  apiKey: '',
  secret: process.env.APP_SECRET || '',
};

function configured() {
  return defaults.apiKey.length > 0 && defaults.secret.length > 0;
}

module.exports = { configured };
