/**
 * Sends `items` in consecutive chunks of `size`, one request at a time, reporting how many are done
 * after each; stops at the first failure, saying how many were done before it.
 */
export async function inChunks<Item, Answer>(
  items: Item[],
  size: number,
  send: (chunk: Item[]) => Promise<Answer>,
  onProgress: (done: number, total: number) => void,
): Promise<{ answers: Answer[]; done: number; error?: unknown }> {
  const answers: Answer[] = []
  let done = 0
  onProgress(0, items.length)
  for (let start = 0; start < items.length; start += size) {
    const chunk = items.slice(start, start + size)
    try {
      answers.push(await send(chunk))
    } catch (error) {
      return { answers, done, error }
    }
    done += chunk.length
    onProgress(done, items.length)
  }
  return { answers, done }
}
