// Route schemas carry OpenAPI fields (tags, summary, …) that @fastify/swagger reads.
/// <reference types="@fastify/swagger" />
