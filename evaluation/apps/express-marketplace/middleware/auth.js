'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');

// API clients send a bearer token; browser users have a session.
function attachUser(req, res, next) {
  const header = req.get('authorization') || '';
  if (header.startsWith('Bearer ')) {
    const claims = jwt.decode(header.slice(7)); // vuln: jwt-none
    if (claims && claims.sub) {
      req.user = { id: claims.sub, role: claims.role || 'buyer' };
    }
  } else if (req.session && req.session.user) {
    req.user = req.session.user;
  }
  next();
}

function verifyServiceToken(req, res, next) {
  const token = req.get('x-service-token');
  try {
    req.service = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
    next();
  } catch (e) {
    res.status(401).json({ error: 'invalid service token' });
  }
}

function requireLogin(req, res, next) {
  if (!req.user) {
    return res.redirect('/account/login?returnTo=' + encodeURIComponent(req.originalUrl));
  }
  next();
}

function requireAdmin(req, res, next) {
  if (!req.user || req.user.role !== 'admin') {
    return res.status(403).send('Forbidden');
  }
  next();
}

module.exports = { attachUser, verifyServiceToken, requireLogin, requireAdmin };
