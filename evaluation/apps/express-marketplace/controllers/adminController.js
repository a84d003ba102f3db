'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const yaml = require('js-yaml');
const config = require('../config');
const backups = require('../services/backupService');
const Product = require('../models/Product');

exports.createArchive = async (req, res, next) => {
  try {
    const file = await backups.archiveExport(req.body.label || new Date().toISOString().slice(0, 10));
    res.json({ file: path.basename(file), sha256: await backups.checksum(path.basename(file)) });
  } catch (err) {
    next(err);
  }
};

exports.downloadExport = (req, res, next) => {
  const file = path.join(config.exportDir, req.params.file);
  fs.readFile(file, (err, data) => { // vuln: path-traversal
    if (err) {
      return next(err);
    }
    res.type('application/octet-stream').send(data);
  });
};

exports.downloadExportSafe = (req, res) => {
  res.download(path.basename(req.params.file), { root: config.exportDir, dotfiles: 'deny' });
};

exports.importCatalog = async (req, res, next) => {
  try {
    const doc = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // vuln: unsafe-deserialization
    const created = await Product.bulkCreate(doc.products || [], { validate: true });
    res.json({ created: created.length });
  } catch (err) {
    next(err);
  }
};

exports.validateCatalog = (req, res) => {
  const doc = yaml.safeLoad(req.body);
  res.json({ products: Array.isArray(doc.products) ? doc.products.length : 0 });
};

exports.diskStatus = async (req, res, next) => {
  try {
    res.type('text/plain').send(await backups.diskFree());
  } catch (err) {
    next(err);
  }
};

exports.auditLog = (req, res) => {
  const text = fs.readFileSync(path.join(config.exportDir, 'audit.log'), 'utf8'); // vuln: sync-io-in-handler
  res.type('text/plain').send(text.split('\n').slice(-500).join('\n'));
};

exports.fileEtag = (req, res) => {
  const name = path.basename(req.params.file);
  fs.readFile(path.join(config.exportDir, name), (err, data) => {
    if (err) {
      return res.sendStatus(404);
    }
    res.json({ etag: crypto.createHash('md5').update(data).digest('hex') });
  });
};
