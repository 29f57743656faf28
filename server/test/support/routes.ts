import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { Role } from '@ou-listening/shared';
import { PUBLIC_KEY, ROLES_KEY } from '../../src/common/roles.decorator';
import type { TestApp } from './test-app';

export type RegisteredRoute = {
  method: string;
  path: string;
  public: boolean;
  roles: Role[] | undefined;
};

function joinPath(...parts: string[]): string {
  return `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/** Every route the running app registered, read through Nest's DiscoveryService. */
export function registeredRoutes(t: TestApp): RegisteredRoute[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: RegisteredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const methodPath: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
      const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
      if (methodPath === undefined || method === undefined) continue;
      const targets = [handler as () => void, metatype];
      for (const controllerPath of controllerPaths) {
        for (const path of ([] as string[]).concat(methodPath)) {
          routes.push({
            method: RequestMethod[method],
            path: joinPath('api', controllerPath, path),
            public: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
            roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
          });
        }
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}
