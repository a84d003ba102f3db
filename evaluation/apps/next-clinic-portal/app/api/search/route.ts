import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { searchNotes, searchPatients } from '@/lib/appointments';
import { verifySession } from '@/lib/auth';

export async function POST(req: NextRequest) {
  const session = verifySession(cookies().get('portal_session')?.value);
  if (!session || session.role === 'patient') {
    return NextResponse.json({ error: 'staff only' }, { status: 401 });
  }
  const body = (await req.json()) as { name?: string; notes?: string };
  const patients = body.name ? await searchPatients(session.clinicId, body.name) : [];
  const notes = body.notes ? await searchNotes(session.clinicId, body.notes) : [];
  return NextResponse.json({ patients, notes });
}

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? '';
  const html = `<!doctype html><p>No quick results for <b>${q}</b>. Try the full search.</p>`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }); // vuln: xss
}
