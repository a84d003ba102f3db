import axios from 'axios';
import { Request, Response } from 'express';

export async function importAvatar(req: Request, res: Response): Promise<void> {
  const source: string = req.body.avatarUrl;
  const image = await axios.get<ArrayBuffer>(source, { responseType: 'arraybuffer' }); // expect: ssrf
  res.type('png').send(Buffer.from(image.data));
}
