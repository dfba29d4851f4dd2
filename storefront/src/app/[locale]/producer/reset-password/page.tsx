import { resetPasswordRoute } from "@/components/password-reset/password-reset-page";

const route = resetPasswordRoute({ actor: "producer", loginHref: "/producer/login", resetHref: "/producer/reset-password" });

export const generateMetadata = route.generateMetadata;
export default route.Page;
