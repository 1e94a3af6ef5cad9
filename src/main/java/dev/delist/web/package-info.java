/**
 * {@code delist serve}: the reviewers' workbench. Server-rendered pages (Thymeleaf) and a JSON API over the same
 * data, behind Spring Security form login with roles, CSRF tokens and a strict Content-Security-Policy; sessions
 * in PostgreSQL so replicas share them. The decisions, queue and audit trail themselves live in
 * {@code dev.delist.review} and {@code dev.delist.audit}; this package only speaks HTTP.
 */
package dev.delist.web;
