-- An admin's warning after a report reaches the member as a notification.
ALTER TYPE "NotificationKind" ADD VALUE 'ACCOUNT_WARNING';
