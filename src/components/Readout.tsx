import { useId, type ReactNode } from 'react';

/** A figure with a visible label that names it for assistive technology too. Figures that change many
 * times a second pass `quiet`, so screen readers are not flooded; they read them on demand. */
export function Readout({
  label,
  value,
  detail,
  quiet,
}: {
  label: string;
  value: string;
  detail?: ReactNode;
  quiet?: boolean;
}) {
  const id = useId();
  return (
    <div className="readout">
      <label htmlFor={id}>{label}</label>
      <output id={id} aria-live={quiet ? 'off' : undefined}>
        {value}
      </output>
      {detail}
    </div>
  );
}
