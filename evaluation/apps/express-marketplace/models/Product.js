'use strict';

const { DataTypes } = require('sequelize');
const sequelize = require('../db/sequelize');

const Product = sequelize.define('Product', {
  sku: { type: DataTypes.STRING, unique: true, allowNull: false },
  title: { type: DataTypes.STRING, allowNull: false },
  description: DataTypes.TEXT,
  price: DataTypes.DECIMAL(10, 2),
  category: DataTypes.STRING,
  sellerId: DataTypes.INTEGER,
}, { tableName: 'products' });

module.exports = Product;
