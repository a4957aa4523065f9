# Build: a static binary, no cgo.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /whybounce ./cmd/whybounce \
	&& mkdir /data

# Run: no shell, no package manager, not root.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /whybounce /whybounce
COPY --from=build --chown=nonroot:nonroot /data /data
ENV WHYBOUNCE_ADDR=:8080 \
	WHYBOUNCE_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
	CMD ["/whybounce", "healthcheck"]
ENTRYPOINT ["/whybounce"]
CMD ["serve"]
