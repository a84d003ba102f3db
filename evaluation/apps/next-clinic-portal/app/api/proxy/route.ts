import { NextRequest, NextResponse } from 'next/server';

const CMS_ORIGIN = 'https://cms.riverside-clinic.example';

// Fetches images for the rich-text editor so they can be re-hosted on our CDN.
export async function GET(req: NextRequest) {
  const url = req.nextUrl.searchParams.get('url');
  if (!url) {
    return NextResponse.json({ error: 'url is required' }, { status: 400 });
  }
  const upstream = await fetch(url, { cache: 'no-store' }); // vuln: ssrf
  return new NextResponse(upstream.body, {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' },
  });
}

export async function HEAD(req: NextRequest) {
  const target = new URL(req.nextUrl.searchParams.get('path') ?? '/', CMS_ORIGIN);
  if (target.origin !== CMS_ORIGIN) {
    return new NextResponse(null, { status: 400 });
  }
  const upstream = await fetch(target, { method: 'HEAD' });
  return new NextResponse(null, { status: upstream.status });
}
