/**
 * The people who use {@code delist serve}: accounts with one role each, bcrypt-hashed passwords, disabling
 * (never deleting, so the audit trail keeps its names), and the brake on guessed passwords. The CLI's
 * {@code users} commands and the web login both read and write through here.
 */
package dev.delist.users;
