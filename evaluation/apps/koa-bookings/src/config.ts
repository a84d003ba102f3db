export const config = {
  port: Number(process.env.PORT ?? 4000),
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://bookings@localhost:5432/bookings',
  invoiceDir: process.env.INVOICE_DIR ?? '/var/lib/bookings/invoices',
  templatesDir: process.env.TEMPLATES_DIR ?? '/var/lib/bookings/templates',
  channelManagerUrl: 'https://channels.partner-hub.example.com/v1',
  sessionKeys: ['b00k1ngs-s3ss10n-k3y-2023', 'b00k1ngs-s3ss10n-k3y-2022'], // vuln: hardcoded-secret
  partnerJwtSecret: process.env.PARTNER_JWT_SECRET ?? '',
};
