'use client';
import { useId, useState, type DragEvent, type ReactNode } from 'react';

/** The diagnosis engine reads at most 5 MB (MAX_INPUT_CHARS in lib/diagnose/parse); larger files are refused up front. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reads a dropped or picked file locally (FileReader): nothing is uploaded. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/**
 * A drop zone around the input plus an "Open a file" button: a `.har` export or any text file
 * (curl output, a log, a JSON body) is read in the browser and handed to `onText`.
 */
export function FilePick({ onText, children }: { onText: (text: string, name: string) => void; children: ReactNode }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const take = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage(
        `${file.name} is ${mb(file.size)}; the limit is ${mb(MAX_FILE_BYTES)}. Export only the failing request, or paste the relevant part.`,
      );
      return;
    }
    try {
      const text = await readText(file);
      setMessage(`Read ${file.name} (${mb(file.size)}) in your browser; nothing was uploaded.`);
      onText(text, file.name);
    } catch {
      setMessage(`${file.name} could not be read as text.`);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {children}
      <p className="file-pick">
        <label htmlFor={`${id}-file`} className="button secondary">
          Open a file…
        </label>
        <input
          id={`${id}-file`}
          type="file"
          className="visually-hidden"
          accept=".har,.txt,.json,.http,.log,.xml,.html,text/*,application/json"
          onChange={(e) => {
            void take(e.target.files?.[0]);
            e.target.value = '';
          }}
        />{' '}
        <span className="muted">or drop a .har or text file on the box. It is read here, never uploaded.</span>
      </p>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
    </div>
  );
}
