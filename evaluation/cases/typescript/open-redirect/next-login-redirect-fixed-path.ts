import { NextRequest, NextResponse } from 'next/server';

export async function POST(req: NextRequest) {
  const form = await req.formData();
  if (!form.get('email')) {
    return NextResponse.redirect(new URL('/login?error=1', req.url));
  }
  return NextResponse.redirect(new URL('/dashboard', req.url));
}
