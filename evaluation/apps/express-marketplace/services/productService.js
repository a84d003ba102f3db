'use strict';

const { QueryTypes } = require('sequelize');
const sequelize = require('../db/sequelize');
const Product = require('../models/Product');

const SORTS = { price: 'price ASC', newest: '"createdAt" DESC', title: 'title ASC' };

async function search({ q, category, sort }) {
  let where = `title ILIKE '%${q}%'`;
  if (category) {
    where += ` AND category = '${category}'`;
  }
  const order = SORTS[sort] || SORTS.title;
  const sql = `SELECT id, sku, title, price, category FROM products WHERE ${where} ORDER BY ${order} LIMIT 60`;
  return sequelize.query(sql, { type: QueryTypes.SELECT }); // vuln: sql-injection
}

async function bySeller(sellerId, status) {
  return sequelize.query(
    'SELECT id, sku, title, price FROM products WHERE "sellerId" = :sellerId AND status = :status',
    { replacements: { sellerId, status }, type: QueryTypes.SELECT },
  );
}

async function findBySku(sku) {
  return Product.findOne({ where: { sku } });
}

async function priceHistory(sku, days) {
  const sql = 'SELECT day, price FROM price_history WHERE sku = $1 AND day > now() - interval \'' + days + ' days\'';
  return sequelize.query(sql, { bind: [sku], type: QueryTypes.SELECT }); // vuln: sql-injection
}

async function withSellers(products) {
  const result = [];
  for (const product of products) {
    const [seller] = await sequelize.query('SELECT id, name FROM sellers WHERE id = ?', { replacements: [product.sellerId], type: QueryTypes.SELECT }); // vuln: n-plus-one
    result.push({ ...product, seller });
  }
  return result;
}

module.exports = { search, bySeller, findBySku, priceHistory, withSellers };
