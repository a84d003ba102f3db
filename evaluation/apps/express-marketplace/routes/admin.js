'use strict';

const express = require('express');
const admin = require('../controllers/adminController');
const { requireAdmin } = require('../middleware/auth');

const router = express.Router();

router.use(requireAdmin);

router.post('/exports', admin.createArchive);
router.get('/exports/:file', admin.downloadExport);
router.get('/exports/:file/safe', admin.downloadExportSafe);
router.get('/exports/:file/etag', admin.fileEtag);
router.post('/catalog/import', admin.importCatalog);
router.post('/catalog/validate', admin.validateCatalog);
router.get('/disk', admin.diskStatus);
router.get('/audit', admin.auditLog);

module.exports = router;
