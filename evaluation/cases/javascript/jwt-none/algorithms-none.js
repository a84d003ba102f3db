const jwt = require('jsonwebtoken');

function verify(token, secret) {
  return jwt.verify(token, secret, { algorithms: ['HS256', 'none'] }); // expect: jwt-none
}

module.exports = { verify };
