'use strict';

const { Sequelize } = require('sequelize');
const config = require('../config');

const sequelize = new Sequelize(config.postgresUrl, {
  logging: false,
  pool: { max: 10, idle: 10000 },
});

module.exports = sequelize;
