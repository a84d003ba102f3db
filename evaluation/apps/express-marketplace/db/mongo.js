'use strict';

const mongoose = require('mongoose');
const config = require('../config');

async function connect() {
  await mongoose.connect(config.mongoUrl);
  return mongoose.connection;
}

module.exports = { connect };
