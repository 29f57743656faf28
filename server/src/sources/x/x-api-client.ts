import http from 'node:http';
import https from 'node:https';
import { type ITwitterApiClientPlugin, TwitterApi } from 'twitter-api-v2';

/**
 * twitter-api-v2 hard-codes https://api.x.com (setPrefix is protected, cloneWithPrefix is broken),
 * so a request plugin points every request at X_API_BASE_URL instead; plain http: needs its own
 * Agent because the library always calls https.request.
 */
export function baseUrlPlugin(baseUrl: string): ITwitterApiClientPlugin {
  const base = new URL(baseUrl);
  const agent = base.protocol === 'http:' ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
  return {
    onBeforeRequest({ computedParams, requestOptions }) {
      computedParams.url.protocol = base.protocol;
      computedParams.url.host = base.host;
      requestOptions.agent = agent;
    },
  };
}

/** An app-only (bearer token) client whose requests go to baseUrl. */
export function createXApiClient(bearerToken: string, baseUrl: string): TwitterApi {
  const plugins = baseUrl === 'https://api.x.com' ? [] : [baseUrlPlugin(baseUrl)];
  return new TwitterApi(bearerToken, { plugins });
}
