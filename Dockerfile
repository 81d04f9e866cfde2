# Build and run Interventiewijzer in a container. The knowledge base is embedded in the binary
# (migrations) and written to the SQLite file in /data on first start.
FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM debian:bookworm-slim
RUN useradd --system --home /data interventiewijzer && mkdir -p /data && chown interventiewijzer /data
COPY --from=build /src/target/release/interventiewijzer /usr/local/bin/interventiewijzer
COPY --from=build /src/static /app/static
WORKDIR /app
USER interventiewijzer
ENV BIND_ADDR=0.0.0.0:8080 \
    DATABASE_URL=sqlite:///data/interventiewijzer.db?mode=rwc \
    RUST_LOG=info
EXPOSE 8080
# Asks the server itself (/readyz, or /healthz on a server without it); no curl in the image.
HEALTHCHECK --interval=30s --timeout=6s --start-period=20s --retries=3 \
    CMD ["interventiewijzer", "healthcheck"]
VOLUME ["/data"]
CMD ["interventiewijzer"]
