# The studio as a container image: a static nginx serving dist/ with the page's security headers.
#   docker build -t catalyst-values-studio . && docker run -p 8080:8080 catalyst-values-studio
FROM node:20-bookworm AS build
WORKDIR /studio
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /studio/dist/ /usr/share/nginx/html/
EXPOSE 8080
