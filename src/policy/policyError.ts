/** A policy that cannot be used; the message is one line naming the file, the place and the offending name. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}
