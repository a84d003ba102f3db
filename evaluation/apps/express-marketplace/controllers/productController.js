'use strict';

const productService = require('../services/productService');
const Review = require('../models/Review');

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

exports.list = async (req, res, next) => {
  try {
    const filters = { q: req.query.q || '', category: req.query.category, sort: req.query.sort };
    const products = await productService.search(filters);
    res.render('products/list', { products, query: filters.q });
  } catch (err) {
    next(err);
  }
};

exports.show = async (req, res, next) => {
  try {
    const product = await productService.findBySku(req.params.sku);
    if (!product) {
      return res.status(404).render('error', { message: 'No such product' });
    }
    const reviews = await Review.find({ productSku: product.sku }).sort({ createdAt: -1 }).limit(20);
    res.render('products/show', { product, reviews });
  } catch (err) {
    next(err);
  }
};

exports.history = async (req, res, next) => {
  try {
    const rows = await productService.priceHistory(req.params.sku, req.query.days || '30');
    res.json(rows);
  } catch (err) {
    next(err);
  }
};

exports.bySeller = async (req, res, next) => {
  try {
    const products = await productService.bySeller(Number(req.params.sellerId), req.query.status || 'active');
    res.render('products/list', { products, query: '' });
  } catch (err) {
    next(err);
  }
};

exports.featured = async (req, res, next) => {
  try {
    const products = await productService.search({ q: '', category: 'featured', sort: 'newest' });
    res.json(await productService.withSellers(products));
  } catch (err) {
    next(err);
  }
};

exports.filterTitles = async (req, res, next) => {
  try {
    const products = await productService.search({ q: '', category: req.query.category });
    const pattern = new RegExp(req.query.match, 'i'); // vuln: regex-injection
    res.json(products.filter((p) => pattern.test(p.title)));
  } catch (err) {
    next(err);
  }
};

exports.filterTitlesLiteral = async (req, res, next) => {
  try {
    const products = await productService.search({ q: '', category: req.query.category });
    const pattern = new RegExp(escapeRegex(String(req.query.match || '')), 'i');
    res.json(products.filter((p) => pattern.test(p.title)));
  } catch (err) {
    next(err);
  }
};
