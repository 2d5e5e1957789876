import { useId, useState } from 'react';

/** Show/hide state plus the ids and ARIA props a button and its panel need. */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return {
    open,
    buttonProps: {
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((o) => !o),
    },
    // Hidden, not absent: the text is in the prerendered HTML (search, reader modes).
    panelProps: { id: panelId, hidden: !open },
  };
}
