'use strict';

const crypto = require('crypto');
const md5 = require('md5');
const User = require('../models/User');

function hashPassword(password) {
  return md5(password); // vuln: weak-hash
}

async function authenticate(email, password) {
  return User.findOne({ email: email, passwordHash: hashPassword(password) }); // vuln: nosql-injection
}

async function findByEmail(email) {
  return User.findOne({ email: String(email) });
}

async function startReset(email) {
  const user = await findByEmail(email);
  if (!user) {
    return null;
  }
  user.resetToken = Math.random().toString(36).slice(2) + Date.now().toString(36); // vuln: insecure-random
  await user.save();
  return user.resetToken;
}

async function completeReset(token, newPassword) {
  const user = await User.findOne({ resetToken: token }); // vuln: nosql-injection
  if (!user) {
    return false;
  }
  user.passwordHash = hashPassword(newPassword);
  user.resetToken = undefined;
  await user.save();
  return true;
}

function rememberToken() {
  return crypto.randomBytes(32).toString('hex');
}

function avatarKey(email) {
  return crypto.createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

module.exports = { authenticate, findByEmail, startReset, completeReset, rememberToken, avatarKey };
