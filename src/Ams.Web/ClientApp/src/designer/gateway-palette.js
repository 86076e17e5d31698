// Palette entries for the gateways the engine runs besides the exclusive one: bpmn-js's palette offers only that one
// and leaves the inclusive and event-based gateways to the replace menu, where an administrator would not look first.
export default function GatewayPalette(palette, create, elementFactory, translate) {
  palette.registerProvider(500, {
    getPaletteEntries() {
      const entry = (type, className, title) => {
        const start = event => create.start(event, elementFactory.createShape({ type }));
        return { group: 'gateway', className, title: translate(title), action: { dragstart: start, click: start } };
      };
      return entries => ({
        ...entries,
        'create.inclusive-gateway': entry('bpmn:InclusiveGateway', 'bpmn-icon-gateway-or', 'Create inclusive gateway'),
        'create.event-based-gateway': entry('bpmn:EventBasedGateway', 'bpmn-icon-gateway-eventbased', 'Create event-based gateway')
      });
    }
  });
}

GatewayPalette.$inject = ['palette', 'create', 'elementFactory', 'translate'];

export const GatewayPaletteModule = {
  __init__: ['gatewayPalette'],
  gatewayPalette: ['type', GatewayPalette]
};
