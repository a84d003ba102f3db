'use strict';

const Review = require('../models/Review');

exports.forProduct = async (req, res, next) => {
  try {
    const minRating = req.query.minRating || 1;
    const sku = String(req.params.sku);
    const reviews = await Review.find({ productSku: sku, $where: `this.rating >= ${minRating}` }).limit(50); // vuln: nosql-injection
    res.json(reviews);
  } catch (err) {
    next(err);
  }
};

exports.byAuthor = async (req, res, next) => {
  try {
    const reviews = await Review.find({ author: req.query.author }).limit(50); // vuln: nosql-injection
    res.json(reviews);
  } catch (err) {
    next(err);
  }
};

exports.recent = async (req, res, next) => {
  try {
    const limit = Math.min(parseInt(req.query.limit, 10) || 20, 100);
    const reviews = await Review.find({ rating: { $gte: Number(req.query.minRating) || 1 } })
      .sort({ createdAt: -1 })
      .limit(limit);
    res.json(reviews);
  } catch (err) {
    next(err);
  }
};

exports.create = async (req, res, next) => {
  try {
    const review = await Review.create({
      productSku: String(req.params.sku),
      author: req.user.id,
      rating: Number(req.body.rating),
      body: String(req.body.body || ''),
    });
    res.status(201).json({ id: review.id });
  } catch (err) {
    next(err);
  }
};
