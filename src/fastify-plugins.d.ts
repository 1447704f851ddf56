// Types the Fastify plugins add: route schema fields @fastify/swagger reads (tags, summary,
// hide), and the cookie methods of @fastify/cookie.
/// <reference types="@fastify/swagger" />
/// <reference types="@fastify/cookie" />
