import { useState } from 'react';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-read';

/** Escalations and alerts waiting for this person; also where they live when no SMTP is configured. */
export function NotificationBell() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const [open, setOpen] = useState(false);
  const items = notifications.data ?? [];
  const unread = items.filter((n) => !n.read);

  const handleToggle = () => {
    setOpen(!open);
    if (!open && unread.length > 0) markRead.mutate(unread.map((n) => n.id));
  };

  return (
    <div className="bell">
      <button
        type="button"
        className="button button--on-dark"
        aria-expanded={open}
        aria-label={`Notifications: ${unread.length} unread`}
        onClick={handleToggle}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread.length > 0 && <span className="bell__count">{unread.length}</span>}
      </button>
      {open && (
        <div className="bell__panel" role="region" aria-label="Notifications">
          {items.length === 0 ? (
            <p className="empty">Nothing needs you.</p>
          ) : (
            <ul>
              {items.map((n) => (
                <li key={n.id} className={n.read ? undefined : 'bell__unread'}>
                  <Link to={n.link} onClick={() => setOpen(false)}>
                    {n.subject}
                  </Link>
                  <div className="muted">{formatUkTime(n.createdAt, { date: 'short' })}</div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
