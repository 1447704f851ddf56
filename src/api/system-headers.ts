// The standard Vipps-System-* headers: optional, at most 30 characters each, recorded
// with every request in the request log.
import Type from 'typebox';

const systemHeader = (description: string) => Type.Optional(Type.String({ maxLength: 30, description }));

export const SystemHeaders = {
  'vipps-system-name': systemHeader('Name of the calling system'),
  'vipps-system-version': systemHeader('Version of the calling system'),
  'vipps-system-plugin-name': systemHeader('Name of the plugin'),
  'vipps-system-plugin-version': systemHeader('Version of the plugin'),
};

export const SYSTEM_HEADER_NAMES = Object.keys(SystemHeaders);
