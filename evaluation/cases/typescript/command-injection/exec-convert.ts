import { exec } from 'child_process';
import { Request, Response } from 'express';

export function convert(req: Request, res: Response): void {
  const file: string = req.body.file;
  exec(`convert /uploads/${file} -resize 200x200 /thumbs/${file}`, (err) => { // expect: command-injection
    res.sendStatus(err ? 500 : 204);
  });
}
