import axios from 'axios';
import { Request, Response } from 'express';

const CDN = 'https://cdn.example.org/avatars/';

export async function importAvatar(req: Request, res: Response): Promise<void> {
  const id = encodeURIComponent(String(req.params.id));
  const image = await axios.get<ArrayBuffer>(`${CDN}${id}.png`, { responseType: 'arraybuffer' });
  res.type('png').send(Buffer.from(image.data));
}
