'use strict';

const mongoose = require('mongoose');

const userSchema = new mongoose.Schema({
  email: { type: String, unique: true },
  displayName: String,
  passwordHash: String,
  role: { type: String, default: 'buyer' },
  resetToken: String,
});

module.exports = mongoose.model('User', userSchema);
