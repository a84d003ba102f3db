import { NextRequest, NextResponse } from 'next/server';

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const next = String(form.get('next') ?? '/dashboard');
  return NextResponse.redirect(new URL(next, req.url)); // expect: open-redirect
}
