import { execFileSync } from 'node:child_process';

// The command line is tested as users run it: the built bin in a child process.
export default function setup(): void {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'ignore' });
}
