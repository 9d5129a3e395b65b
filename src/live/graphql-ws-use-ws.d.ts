// graphql-ws publishes its ws adapter as the package export "graphql-ws/use/ws" only; Node and Jest resolve it by the
// export map, but this project's moduleResolution ("node") does not read export maps: the types are named here.
declare module 'graphql-ws/use/ws' {
  export { useServer, type Extra } from 'graphql-ws/dist/use/ws';
}
