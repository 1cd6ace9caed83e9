# Balises: the app image (admin, REST, GraphQL behind the Express edge) and the jobs worker.
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN chown node:node /app
USER node

COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY --chown=node:node . .
# Loading the config needs a secret; this one only serves the build and is not used at run time.
RUN PAYLOAD_SECRET=image-build-only npm run build
# Exists in the image, owned by node, so the named volume mounted here (docker-compose) is writable.
RUN mkdir -p /app/data/uploads

ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
