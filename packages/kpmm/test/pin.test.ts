import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Interrupted, type CliIo } from '../src/io.js';
import { PIN_PROMPT, readPin, typePinKeys, type PinTyping } from '../src/pin.js';

const PIN = '482915';

describe('typePinKeys', () => {
  const cases = [
    { label: 'digits then Enter', pin: '', chunk: `${PIN}\r`, typing: { pin: PIN, state: 'done' } },
    {
      label: 'a line feed ends it too',
      pin: '',
      chunk: `${PIN}\n`,
      typing: { pin: PIN, state: 'done' },
    },
    { label: 'Ctrl-D ends it', pin: PIN, chunk: '\u0004', typing: { pin: PIN, state: 'done' } },
    { label: 'no Enter yet', pin: '48', chunk: '29', typing: { pin: '4829', state: 'typing' } },
    {
      label: 'Backspace (DEL) deletes one',
      pin: '',
      chunk: '482919\u007f5\r',
      typing: { pin: PIN, state: 'done' },
    },
    {
      label: 'Backspace (Ctrl-H) deletes one',
      pin: '4829199',
      chunk: '\b\b5\r',
      typing: { pin: PIN, state: 'done' },
    },
    {
      label: 'Backspace on nothing',
      pin: '',
      chunk: '\u007f\u007f',
      typing: { pin: '', state: 'typing' },
    },
    {
      label: 'Ctrl-U deletes all',
      pin: '999',
      chunk: `\u0015${PIN}\r`,
      typing: { pin: PIN, state: 'done' },
    },
    {
      label: 'Ctrl-C interrupts and forgets',
      pin: '4829',
      chunk: '1\u0003',
      typing: { pin: '', state: 'interrupted' },
    },
    {
      label: 'arrow keys are dropped whole',
      pin: '',
      chunk: '48\u001b[D29\u001bOA15\r',
      typing: { pin: PIN, state: 'done' },
    },
    {
      label: 'other control keys are ignored',
      pin: '',
      chunk: `\t${PIN}\u0007\r`,
      typing: { pin: PIN, state: 'done' },
    },
    {
      label: 'keys after Enter are not read',
      pin: '',
      chunk: `${PIN}\r123`,
      typing: { pin: PIN, state: 'done' },
    },
  ] as const satisfies readonly { label: string; pin: string; chunk: string; typing: PinTyping }[];
  it.each(cases)('$label', ({ pin, chunk, typing }) => {
    expect(typePinKeys(pin, chunk)).toEqual(typing);
  });
});

/** A terminal on standard input, in process: it records raw mode and takes typed keys. */
function terminal() {
  const modes: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: (mode: boolean) => modes.push(mode),
  });
  const written: string[] = [];
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  stderr.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
  const io: CliIo = { stdin, stdout: new PassThrough(), stderr, env: {} };
  return { io, stdin, modes, written };
}

describe('readPin', () => {
  it('at a terminal: prompts on stderr, reads in raw mode, and writes nothing typed', async () => {
    const { io, stdin, modes, written } = terminal();
    const pin = readPin(io);
    stdin.write('4829');
    stdin.write('19\u007f5\r');
    await expect(pin).resolves.toBe(PIN);
    expect(modes).toEqual([true, false]);
    expect(written.join('')).toBe(`${PIN_PROMPT}\n`);
  });

  it('at a terminal: Ctrl-C rejects with Interrupted and puts the terminal back', async () => {
    const { io, stdin, modes, written } = terminal();
    const pin = readPin(io);
    stdin.write('48\u0003');
    await expect(pin).rejects.toBeInstanceOf(Interrupted);
    expect(modes).toEqual([true, false]);
    expect(written.join('')).not.toContain('48');
  });

  it('at a terminal: the end of input ends the PIN', async () => {
    const { io, stdin } = terminal();
    const pin = readPin(io);
    stdin.end('4829');
    await expect(pin).resolves.toBe('4829');
  });

  it('KPMM_PIN wins, and the terminal is not touched', async () => {
    const { io, modes, written } = terminal();
    await expect(readPin({ ...io, env: { KPMM_PIN: PIN } })).resolves.toBe(PIN);
    expect(modes).toEqual([]);
    expect(written).toEqual([]);
  });

  it('not a terminal: the first line, with no prompt', async () => {
    const stdin = new PassThrough();
    const written: string[] = [];
    const stderr = new PassThrough();
    stderr.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
    const pin = readPin({ stdin, stdout: new PassThrough(), stderr, env: {} });
    stdin.end(`${PIN}\nnot read\n`);
    await expect(pin).resolves.toBe(PIN);
    expect(written).toEqual([]);
  });
});
