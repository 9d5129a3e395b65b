import 'reflect-metadata';
import { Arg, buildSchema, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { plainFieldResolver } from '../../src/policies/plain-field-resolver';

// A field resolver method is called directly only where type-graphql's wrapper adds nothing; every other field keeps
// the schema's own resolver, so arguments are still converted and middlewares still run.

@ObjectType()
class Thing {
  @Field()
  name!: string;
}

const noted: string[] = [];
const noting: MiddlewareFn = async (_action, next) => {
  noted.push('middleware');
  return next();
};

@Resolver(() => Thing)
class ThingResolver {
  private readonly suffix = '!';

  @Query(() => Thing)
  thing(): Thing {
    return Object.assign(new Thing(), { name: 'a' });
  }

  @FieldResolver(() => String)
  shout(@Root() thing: Thing, @Ctx() ctx: { who: string }): string {
    return `${thing.name.toUpperCase()}${this.suffix} for ${ctx.who}`;
  }

  @FieldResolver(() => String)
  repeated(@Root() thing: Thing, @Arg('times') times: number): string {
    return thing.name.repeat(times);
  }

  @FieldResolver(() => String)
  @UseMiddleware(noting)
  watched(@Root() thing: Thing): string {
    return thing.name;
  }
}

const fallback = jest.fn(() => 'from type-graphql');

beforeAll(async () => {
  await buildSchema({ resolvers: [ThingResolver], validate: false });
});

beforeEach(() => fallback.mockClear());

describe('plainFieldResolver', () => {
  it('calls a method without arguments or middlewares on an instance of its class, with root and context', () => {
    const resolve = plainFieldResolver('Thing', 'shout', fallback);
    expect(resolve).not.toBe(fallback);
    const thing = Object.assign(new Thing(), { name: 'abc' });
    expect(resolve(thing, {}, { who: 'staff' }, {} as never)).toBe('ABC! for staff');
    expect(fallback).not.toHaveBeenCalled();
  });

  it('hands a root that is not an instance of the class to type-graphql, which converts it', () => {
    const resolve = plainFieldResolver('Thing', 'shout', fallback);
    expect(resolve({ name: 'plain' }, {}, { who: 'staff' }, {} as never)).toBe('from type-graphql');
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a method with arguments', 'repeated'],
    ['a method with a middleware', 'watched'],
    ['a field no resolver method answers', 'name'],
  ])('keeps the schema resolver for %s', (_case, field) => {
    expect(plainFieldResolver('Thing', field, fallback)).toBe(fallback);
  });
});
